import type { MidwayConfig } from '@midwayjs/core';

/** Tests talk HTTP through @midwayjs/mock and keep the console quiet. */
export default {
  koa: { port: null },
  midwayLogger: {
    default: { level: 'warn', consoleLevel: 'warn' },
    clients: { accessLogger: { level: 'warn', consoleLevel: 'warn' } },
  },
} as unknown as MidwayConfig;
