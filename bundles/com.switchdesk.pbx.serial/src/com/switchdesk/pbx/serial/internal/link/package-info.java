/**
 * The reliable link over one transport (sequence numbers, acknowledgement, retransmission, duplicate
 * suppression, fragmentation, heartbeat) and the glue that moves a transport's callbacks onto the
 * scheduler thread. Not API.
 */
package com.switchdesk.pbx.serial.internal.link;
