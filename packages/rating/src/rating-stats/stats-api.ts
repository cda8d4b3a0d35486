// The hall API for the statistics, loaded on first use: the contract's schemas and their
// validation are not needed to show given figures (`.stats`).
export { getRatingStats } from '@zhengwu/core';
