// Loaded into the weapp bundle by weapp-aria.js: Taro's renderer passes a prop on to the template
// only when its component table lists it.
import { mergeInternalComponents } from '@tarojs/shared';
import { ARIA_ATTRIBUTES } from './weapp-aria-attributes';

mergeInternalComponents(ARIA_ATTRIBUTES);
