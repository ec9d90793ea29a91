/**
 * The PBX simulator as a process of its own on a serial port or pseudo-terminal: the one place where
 * the simulator ({@code com.switchdesk.pbx.sim}) and the serial protocol's PBX side
 * ({@code com.switchdesk.pbx.serial.server}) meet. Neither of those bundles knows the other.
 */
package com.switchdesk.pbx.simd;
