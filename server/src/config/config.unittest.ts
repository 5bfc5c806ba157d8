import type { MidwayConfig } from '@midwayjs/core';

/** Tests talk HTTP through @midwayjs/mock and keep the console quiet unless LOG_LEVEL asks otherwise. */
export default () => {
  const level = process.env.LOG_LEVEL ?? 'warn';
  return {
    koa: { port: null },
    midwayLogger: {
      default: { level, transports: { console: { level } } },
      clients: { accessLogger: { level, transports: { console: { level } } } },
    },
  } as unknown as MidwayConfig;
};
