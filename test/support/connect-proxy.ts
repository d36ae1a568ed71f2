/**
 * Real hostnames in Firefox without DNS tricks: Firefox sends every https request through this proxy
 * (prefs network.proxy.*), which answers CONNECT by piping the connection to the fixture server. The
 * TLS handshake and the Host header still carry the real hostname, so fixtures load at their real
 * addresses, as Chromium's --host-resolver-rules gives them.
 */
import http from 'node:http';
import net from 'node:net';

export interface ConnectProxy {
  port: number;
  close(): Promise<void>;
}

export async function startConnectProxy(targetPort: number): Promise<ConnectProxy> {
  const sockets = new Set<net.Socket>();
  // Plain http is not served: nothing in the tests needs it, and nothing may reach the network.
  const proxy = http.createServer((_req, res) => res.writeHead(502).end());
  proxy.on('connect', (_req, client: net.Socket, head: Buffer) => {
    const upstream = net.connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        proxy.close(() => resolve());
      }),
  };
}
