/**
 * Immutable PBX state as the console sees it: extensions and their lamps, calls and their parties,
 * the operator position, operator groups, services, wake-up orders and results.
 * <p>
 * All types are immutable records, safe to share between threads. Lists are unmodifiable copies.
 * Telephone numbers are plain strings of digits (and {@code *}, {@code #}); extension numbers are
 * the PBX's internal numbers, external numbers are as the trunk delivered them.
 */
package com.switchdesk.pbx.model;
