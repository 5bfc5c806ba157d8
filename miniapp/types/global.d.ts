/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';

/** API base URL injected by config/index.ts (defineConstants). '' means same origin. */
declare const API_BASE: string;

/** The WeChat global, present only in the weapp runtime. */
declare const wx:
  | {
      onNeedPrivacyAuthorization?: (
        listener: (
          resolve: (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void,
          eventInfo: { referrer: string },
        ) => void,
      ) => void;
      openPrivacyContract?: (option?: { success?: () => void; fail?: (err: unknown) => void }) => void;
    }
  | undefined;

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production';
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn';
    TARO_APP_ID: string;
    TARO_APP_API_BASE?: string;
  }
}
