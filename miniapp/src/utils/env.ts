import Taro from '@tarojs/taro';

/** True inside the WeChat mini-program runtime. */
export function isWeapp(): boolean {
  return process.env.TARO_ENV === 'weapp' || Taro.getEnv() === Taro.ENV_TYPE.WEAPP;
}

/** True in the browser build. */
export function isH5(): boolean {
  return process.env.TARO_ENV === 'h5';
}
