// Which credential helper can serve which registry, for the remedies messages name. A store helper
// (docker-credential-helpers: desktop, osxkeychain, wincred, pass, secretservice) keeps whatever
// `docker login` gives it, for any registry. A vendor helper fetches credentials from one
// provider's API and refuses every other registry: ecr-login answers "can only be used with
// Amazon Elastic Container Registry" (amazon-ecr-credential-helper, ecr-login/api/client.go
// ExtractRegistry), so naming it for Docker Hub or ghcr.io sends the user to a dead end.
import { STORE_HELPERS } from "./credentials.js";
import { splitKey } from "./registry.js";

interface VendorHelper {
  /** The name a message gives (`credHelpers` value, without `docker-credential-`). */
  name: string;
  /** Other names of helpers for the same registries. */
  aliases: readonly string[];
  /** Whether it serves a registry host (lower case, no port). */
  serves(host: string): boolean;
}

// ecr-login/api/client.go ExtractRegistry: ecrPattern on the URL's host, or ECR Public's two names.
const ECR =
  /^\d{12}\.dkr[.-]ecr(?:-fips)?\.[a-z0-9][a-z0-9_-]*\.(?:amazonaws\.(?:com(?:\.cn)?|eu)|on\.(?:aws|amazonwebservices\.com\.cn)|sc2s\.sgov\.gov|c2s\.ic\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)$/;
const ECR_PUBLIC = new Set(["public.ecr.aws", "ecr-public.aws.com"]);

const VENDOR_HELPERS: readonly VendorHelper[] = [
  { name: "ecr-login", aliases: [], serves: (host) => ECR.test(host) || ECR_PUBLIC.has(host) },
  // `gcloud auth configure-docker` registers gcloud for gcr.io, its regional hosts and
  // Artifact Registry's LOCATION-docker.pkg.dev; docker-credential-gcr serves the same.
  { name: "gcloud", aliases: ["gcr"], serves: (host) => host === "gcr.io" || host.endsWith(".gcr.io") || host.endsWith("-docker.pkg.dev") },
  // docker-credential-acr-env (Azure service principal from the environment), and Azure's acr.
  { name: "acr-env", aliases: ["acr"], serves: (host) => host.endsWith(".azurecr.io") },
];

function hostOf(registry: string): string {
  return splitKey(registry).host.replace(/:\d*$/, "").toLowerCase();
}

/** The vendor helper that serves a registry (`host[:port]` or a key), or null when none does. */
export function vendorHelperFor(registry: string): string | null {
  const host = hostOf(registry);
  return VENDOR_HELPERS.find((h) => h.serves(host))?.name ?? null;
}

/** Whether a helper (its name without `docker-credential-`) can serve a registry. */
export function helperServes(helper: string, registry: string): boolean {
  if ((STORE_HELPERS as readonly string[]).includes(helper)) return true;
  const vendor = VENDOR_HELPERS.find((h) => h.name === helper || h.aliases.includes(helper));
  return vendor !== undefined && vendor.serves(hostOf(registry));
}
