import type { MidwayConfig } from '@midwayjs/core';
import fs from 'fs';
import path from 'path';
import { dataSourceOptions } from '../core/db-options';
import { loadEnv } from '../core/env';

/**
 * Defaults; config.<env>.ts override only what differs. Secrets come from the environment only.
 * A function, so every app created in one process (tests) reads the environment afresh.
 */
export default (): MidwayConfig => {
  const env = loadEnv();
  return {
    env,
    keys: env.JWT_SECRET,
    koa: {
      port: process.env.MIDWAY_CLI ? null : env.PORT,
      // Behind TRUST_PROXY proxies the client address is the one the outermost of them saw.
      proxy: env.TRUST_PROXY > 0,
      maxIpsCount: env.TRUST_PROXY,
    },
    bodyParser: { enableTypes: ['json'], jsonLimit: '1mb' },
    typeorm: { allowExecuteMigrations: true, dataSource: { default: dataSourceOptions(env) } },
    // The h5 build at `/`; without a build a page that says how to build it (the middleware refuses a missing dir).
    staticFile: {
      dirs: {
        default: {
          prefix: '/',
          alias: { '/': '/index.html' },
          dir: fs.existsSync(env.webRoot) ? env.webRoot : path.join(__dirname, '../../fallback'),
        },
      },
      buffer: true,
      // Compressed for phones on slow networks (the JavaScript shrinks to about a quarter).
      gzip: true,
    },
    // @midwayjs/logger 3 shape (transports): the 2.x keys (enableConsole…) left every logger silent.
    // Everything goes to the console (stdout, errors to stderr) for the process manager to keep.
    midwayLogger: {
      default: {
        level: env.LOG_LEVEL,
        transports: { console: { level: env.LOG_LEVEL, autoColors: false }, file: false, error: false, json: false },
      },
      clients: {
        coreLogger: { level: 'warn', transports: { console: { level: 'warn' } } },
        appLogger: {},
        // One JSON line per request (core/access-log.ts), printed as is.
        accessLogger: { format: (info: { message: string }) => info.message },
      },
    },
  } as unknown as MidwayConfig;
};
