import { HTTP_SERVER_KEY, IMidwayContainer, MidwayConfigService } from '@midwayjs/core';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { describeDatabase } from './db-options';
import type { Env } from './env';

/** The environment the running app was configured from (loadEnv in config.default.ts). */
export function appEnv(container: IMidwayContainer): Env {
  return container.get(MidwayConfigService).getConfiguration('env') as Env;
}

/** Prints the URL the server serves, and its database, once the HTTP server is really listening. */
export function announceWhenListening(container: IMidwayContainer): void {
  const server = container.get<Server>(HTTP_SERVER_KEY);
  const announce = () => {
    const { port } = server.address() as AddressInfo;
    const database = describeDatabase(appEnv(container));
    console.log(`缺陷消费品召回已在 http://localhost:${port} 提供服务（数据库：${database}）`);
  };
  if (server.listening) announce();
  else server.once('listening', announce);
}
