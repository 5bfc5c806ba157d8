/*
 * `@tarojs/taro` in unit tests: the h5 implementation (@tarojs/taro-h5) with the page hooks
 * (useLoad, useDidShow, usePullDownRefresh…) that the React plugin adds to it in a real build.
 * An h5 build turns `Taro.x` into named imports of taro-h5; here the default export carries them
 * all. createH5NativeComponentConfig hands React to the hooks.
 */
import React from 'react';
import ReactDOM from 'react-dom';
import * as h5 from '@tarojs/taro-h5';
import * as hooks from '@tarojs/plugin-framework-react/dist/runtime';

hooks.createH5NativeComponentConfig(null, React, ReactDOM);

const Taro = Object.assign(h5.default, h5, hooks);
export default Taro;
export * from '@tarojs/taro-h5';
export * from '@tarojs/plugin-framework-react/dist/runtime';
