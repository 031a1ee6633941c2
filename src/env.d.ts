declare namespace App {
  interface Locals {
    /** Set by the embed pages: figures render for a frame (title links to the full page, no tools). */
    embed?: boolean;
  }
}
