import { describeBruteForce } from './support/brute-force';

/** Brute force counted in this process's memory (no REDIS_URL): the same answers as on Redis. */
describeBruteForce(false);
