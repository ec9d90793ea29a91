/**
 * The serial PBX connector: a console talks to a PBX over RS-232, a USB serial adapter or a
 * pseudo-terminal, with the framed protocol specified in {@code docs/protocol.md} (byte-stuffed frames
 * with CRC-16/CCITT-FALSE, sequence numbers, acknowledgement and retransmission, heartbeats, a
 * versioned HELLO handshake and resynchronisation by snapshot).
 *
 * <h2>Using it</h2>
 * The bundle registers a {@link com.switchdesk.pbx.PbxConnectorFactory} of type {@code serial}. Its
 * settings are the {@code serial.*} keys of {@link com.switchdesk.pbx.serial.SerialSettings}; a
 * missing or malformed setting makes {@code create} throw {@link IllegalArgumentException} naming the
 * key. The protocol needs 8 data bits.
 *
 * <h2>Connection health</h2>
 * A connector reports {@code CONNECTING} on its first attempt, {@code ONLINE} once the PBX answered
 * HELLO and sent its snapshot, {@code RECONNECTING} (with the next attempt's time) after the port, the
 * heartbeat or the acknowledgements were lost, and {@code OFFLINE} only when retrying cannot help (a
 * device that is not a serial port, a PBX speaking another major protocol version) or after
 * {@code close()}. Reconnection waits 1 s, doubling to at most 30 s; a PBX restart is noticed by its
 * new boot id and resynchronised at once. After every (re)connection the first PBX event is a
 * {@link com.switchdesk.pbx.event.SnapshotEvent}; the events after it follow without gaps or
 * duplicates (a gap in the PBX's sequence numbers triggers a new snapshot).
 *
 * <h2>Threading</h2>
 * Each connector runs on one thread of its own (its {@link com.switchdesk.pbx.Scheduler}), which is also
 * its event thread. A {@link com.switchdesk.pbx.serial.Transport} reads and writes on threads of its own
 * and never blocks the connector; all timing goes through the scheduler, so tests drive it with a
 * manual clock.
 *
 * <h2>This package</h2>
 * {@link com.switchdesk.pbx.serial.SerialSettings} and {@link com.switchdesk.pbx.serial.Parity} describe
 * the line; {@link com.switchdesk.pbx.serial.Transport} and {@link com.switchdesk.pbx.serial.TransportFactory}
 * abstract the byte pipe (a jSerialComm port in production, an in-memory pipe in tests);
 * {@link com.switchdesk.pbx.serial.LinkTimings} holds the protocol's times and limits. The PBX side is in
 * {@link com.switchdesk.pbx.serial.server}.
 */
package com.switchdesk.pbx.serial;
