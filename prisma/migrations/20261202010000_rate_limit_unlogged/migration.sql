-- Rate-limit counters need no durability (decision 0025): without WAL, a hit costs no log write and no
-- fsync at commit, and replicas carry no copy. A database crash empties the table (every counter starts
-- again), which is the documented tolerance.
ALTER TABLE "RateLimitBucket" SET UNLOGGED;
