// lib/core/helper-registries.ts: a helper is named only for the registries it serves.
import { describe, expect, it } from "vitest";
import { helperServes, vendorHelperFor } from "../lib/core/helper-registries.js";

const ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

describe("vendorHelperFor", () => {
  it.each([
    [ECR, "ecr-login"],
    [`${ECR}:443`, "ecr-login"],
    ["123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com", "ecr-login"],
    ["123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn", "ecr-login"],
    ["123456789012.dkr-ecr.eu-west-1.on.aws", "ecr-login"],
    ["public.ecr.aws", "ecr-login"],
    ["gcr.io", "gcloud"],
    ["eu.gcr.io", "gcloud"],
    ["europe-west1-docker.pkg.dev", "gcloud"],
    ["myreg.azurecr.io", "acr-env"],
    ["docker.io", null],
    ["https://index.docker.io/v1/", null],
    ["ghcr.io", null],
    ["quay.io", null],
    // Look-alikes: ecr-login wants twelve digits and the whole host.
    ["myaccount.dkr.ecr.eu-west-1.amazonaws.com", null],
    [`${ECR}.evil.example`, null],
    ["notgcr.io", null],
    ["azurecr.io", null],
  ])("%s → %s", (registry, helper) => {
    expect(vendorHelperFor(registry)).toBe(helper);
  });
});

describe("helperServes", () => {
  it.each(["desktop", "osxkeychain", "wincred", "pass", "secretservice"])("%s serves any registry", (helper) => {
    for (const registry of ["docker.io", "ghcr.io", ECR, "gcr.io"]) expect(helperServes(helper, registry)).toBe(true);
  });

  it.each([
    ["ecr-login", ECR, true],
    ["ecr-login", "docker.io", false],
    ["ecr-login", "ghcr.io", false],
    ["gcloud", "gcr.io", true],
    ["gcr", "us-docker.pkg.dev", true],
    ["gcloud", "ghcr.io", false],
    ["acr-env", "myreg.azurecr.io", true],
    ["acr", "myreg.azurecr.io", true],
    ["acr-env", "docker.io", false],
    ["unknown-helper", "ghcr.io", false],
  ])("%s for %s: %s", (helper, registry, serves) => {
    expect(helperServes(helper, registry)).toBe(serves);
  });
});
