/**
 * The console side of the serial connector: the connector facade, its session state machine
 * (handshake, resynchronisation, reconnection), pending commands, event ordering, and the DS
 * component that registers the {@code serial} factory. Not API.
 */
package com.switchdesk.pbx.serial.internal;
