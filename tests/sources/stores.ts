import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { BlobServiceClient } from "@azure/storage-blob";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";

/** The artifacts a store serves, by object name; a test changes them between pulls. */
export type Objects = Map<string, Uint8Array>;

export type RunningStore = {
  url: string;
  /** Requests answered, by path (without the query). */
  requests: string[];
  close: () => Promise<void>;
};

/**
 * A real HTTP server answering from `answer`; it records every request so a
 * test can count what a pull cost.
 */
export async function startHttpStore(
  answer: (
    request: http.IncomingMessage,
    url: URL,
    response: http.ServerResponse,
  ) => void,
): Promise<RunningStore> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    requests.push(url.pathname);
    answer(request, url, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An entity tag as static file servers make one: from the bytes. */
export function etagOf(bytes: Uint8Array): string {
  return `"${createHash("md5").update(bytes).digest("hex")}"`;
}

/** Serves `objects` as static files with ETags, answering If-None-Match with 304. */
export function serveStatic(
  objects: Objects,
  headers: Record<string, string> = {},
) {
  return (
    request: http.IncomingMessage,
    url: URL,
    response: http.ServerResponse,
  ) => {
    for (const [name, value] of Object.entries(headers))
      if (request.headers[name.toLowerCase()] !== value)
        return void response.writeHead(401).end("unauthorized");
    const bytes = objects.get(url.pathname.slice(1));
    if (!bytes) return void response.writeHead(404).end("no such file");
    const etag = etagOf(bytes);
    if (request.headers["if-none-match"] === etag)
      return void response.writeHead(304, { etag }).end();
    response
      .writeHead(200, { etag, "content-length": String(bytes.length) })
      .end(bytes);
  };
}

/** s3rver in a temporary directory, with one bucket; `put` writes an object through the real S3 SDK. */
export async function startS3(bucket: string) {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), "s3rver-"));
  const server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const url = `http://127.0.0.1:${port}`;
  const client = new S3Client({
    region: "us-east-1",
    endpoint: url,
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  return {
    url,
    put: (key: string, bytes: Uint8Array) =>
      client.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes }),
      ),
    close: async () => {
      client.destroy();
      await server.close();
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
}

/** Azurite's well-known development account (public, in Azure's docs). */
const AZURITE_ACCOUNT = "devstoreaccount1";
const AZURITE_KEY =
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

/** Azurite's blob service as a child process, in memory; `put` uploads through the real SDK. */
export async function startAzurite(container: string) {
  const port = await findFreePort();
  const child = spawn(
    path.resolve("node_modules/.bin/azurite-blob"),
    [
      "--blobHost",
      "127.0.0.1",
      "--blobPort",
      String(port),
      "--inMemoryPersistence",
      "--skipApiVersionCheck",
      "--silent",
      "--loose",
      "--disableTelemetry",
      "--extentMemoryLimit",
      "64",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  await waitForOutput(child, /successfully listens/);
  const connectionString = `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=http://127.0.0.1:${port}/${AZURITE_ACCOUNT};`;
  const containerClient =
    BlobServiceClient.fromConnectionString(connectionString).getContainerClient(
      container,
    );
  await containerClient.create();
  return {
    connectionString,
    put: (key: string, bytes: Uint8Array) =>
      containerClient.getBlockBlobClient(key).uploadData(Buffer.from(bytes)),
    close: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function findFreePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (pattern.test(seen)) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) =>
      reject(new Error(`azurite exited (${code}): ${seen}`)),
    );
  });
}
