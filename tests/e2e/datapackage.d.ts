// The Frictionless JavaScript library ships no types; the test casts what it uses.
declare module 'datapackage';
