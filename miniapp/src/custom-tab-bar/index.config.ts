// WeChat loads custom-tab-bar/index as a custom component: its JSON must say so.
export default { component: true };
