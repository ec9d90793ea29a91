/**
 * The PBX side of the SwitchDesk serial protocol: {@link com.switchdesk.pbx.serial.server.PbxEndpoint}
 * serves any {@link com.switchdesk.pbx.PbxConnector} over a
 * {@link com.switchdesk.pbx.serial.Transport}, so the embedded simulator can run as its own process
 * on a serial port or pseudo-terminal and the console talks to it exactly as to a real PBX.
 * <p>
 * A team building firmware for a real PBX implements the same behaviour from {@code docs/protocol.md}
 * alone; this package is the reference implementation of that document's PBX side.
 */
package com.switchdesk.pbx.serial.server;
