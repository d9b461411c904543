import { createServer, type Server } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { tcpTransport, unixTransport } from '../../src/transport/socket.js';
import { TransportError } from '../../src/transport/transport.js';

const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

function listen(options: { path: string } | { host: string; port: number }): Promise<Server> {
  const server = createServer((socket) => socket.end('hi'));
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(options, () => {
      resolve(server);
    }),
  );
}

async function readAll(transport: ReturnType<typeof unixTransport>): Promise<string> {
  const socket = await transport.open();
  let text = '';
  for await (const chunk of socket) text += String(chunk);
  return text;
}

describe('socket transports', () => {
  it('reaches a Linux abstract socket named with @, as libvirt spells it', async () => {
    const name = `libvirt-ts-test-${randomUUID()}`;
    await listen({ path: `\0${name}` });
    const transport = unixTransport(`@${name}`);
    expect(transport.description).toBe(`unix:@${name}`);
    expect(await readAll(transport)).toBe('hi');
  });

  it('reaches a TCP listener', async () => {
    const server = await listen({ host: '127.0.0.1', port: 0 });
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    expect(await readAll(tcpTransport('127.0.0.1', address.port))).toBe('hi');
  });

  it('a missing socket fails with TransportError carrying the system code', async () => {
    const error = await unixTransport('/nonexistent/libvirt-sock')
      .open()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).code).toBe('ENOENT');
    expect((error as Error).message).toContain('unix:/nonexistent/libvirt-sock');
  });

  it('a refused TCP connection fails with ECONNREFUSED', async () => {
    const server = await listen({ host: '127.0.0.1', port: 0 });
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    await new Promise((resolve) => server.close(resolve));
    servers.length = 0;
    const error = (await tcpTransport('127.0.0.1', address.port)
      .open()
      .catch((e: unknown) => e)) as TransportError;
    expect(error.code).toBe('ECONNREFUSED');
  });

  it('an aborted signal stops connecting', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(unixTransport('/nonexistent').open(controller.signal)).rejects.toThrow(/aborted/);
  });
});
