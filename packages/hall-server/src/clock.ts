/** Where the server reads the time: tests pass a fixed or moving clock. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
