'use strict';
/** The attributes WeChat's screen reader reads, per Taro component ('': no default value). */
const ARIA = { 'aria-role': '', 'aria-label': '', 'aria-hidden': '', 'aria-selected': '' };
exports.ARIA_ATTRIBUTES = { View: ARIA, Text: ARIA, Image: ARIA };
