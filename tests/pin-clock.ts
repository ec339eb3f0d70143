import { fixedClock, setClock } from "@/lib/clock";
import { DEFAULT_NOW } from "@/lib/sample/mesh";

/**
 * The instant every test runs at: the sample mesh's own, so that a sample
 * ingested in a test is as fresh as the day it was built, whatever the day
 * the suite runs. A test that needs another instant sets its own clock.
 */
export const TEST_NOW = DEFAULT_NOW;

setClock(fixedClock(TEST_NOW));
