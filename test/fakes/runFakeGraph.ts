// Starts the fake Graph for the preview or a browser test: `npx tsx test/fakes/runFakeGraph.ts [port]`.
import { main } from "./graphServer";

const port = Number(process.argv[2] ?? 4010);
main(port).then((fake) => {
  const stop = () => void fake.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
});
