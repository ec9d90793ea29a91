/**
 * The pure codec: bytes to frames and back (byte-stuffing, CRC-16/CCITT-FALSE) and every SPI command,
 * result, refusal and event to payload bytes and back. No I/O, no threads, no clocks. Not API; the
 * format is specified in docs/protocol.md.
 */
package com.switchdesk.pbx.serial.internal.codec;
