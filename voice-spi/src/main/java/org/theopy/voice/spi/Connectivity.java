package org.theopy.voice.spi;

/** Whether an engine needs the network to work. */
public enum Connectivity {
  /** Runs entirely on the local machine; keeps working when the network is down. */
  OFFLINE,
  /** Calls a remote service; fails when the network or the vendor does. */
  NETWORK
}
