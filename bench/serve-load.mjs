// Load on a running `dateline serve`: CLIENTS concurrent clients for SECONDS seconds, each asking in
// turn for a page of the events list and an entity page, on loopback only. Stops by itself; prints
// latency percentiles and the error count. Usage: node serve-load.mjs http://127.0.0.1:PORT [clients] [seconds]
const [base, clientsArg = "50", secondsArg = "30"] = process.argv.slice(2);
const url = new URL(base);
if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) {
  console.error(`serve-load: loopback only, not ${url.hostname}`);
  process.exit(1);
}
const clients = Number(clientsArg), seconds = Number(secondsArg);
const paths = [
  "/api/events?limit=50", "/api/entities/kim%20jong-un", "/api/events?cameo=13", "/api/entities/sergey%20shoygu",
  "/api/events?actor=PRK&limit=20", "/api/entities/russie",
];
const latencies = [];
let errors = 0, serverErrors = 0, requests = 0;
const end = performance.now() + seconds * 1000;

async function client(id) {
  for (let i = id; performance.now() < end; i++) {
    const path = paths[i % paths.length];
    const start = performance.now();
    try {
      const response = await fetch(base + path, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (!response.ok) errors++;
      if (response.status >= 500) serverErrors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - start);
    requests++;
  }
}

await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
latencies.sort((a, b) => a - b);
const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1);
console.log(`clients=${clients} seconds=${seconds} requests=${requests} rate=${(requests / seconds).toFixed(0)}/s`
  + ` p50=${at(0.5)}ms p95=${at(0.95)}ms p99=${at(0.99)}ms max=${latencies.at(-1).toFixed(1)}ms errors=${errors} 5xx=${serverErrors}`);
process.exit(serverErrors > 0 ? 1 : 0);
