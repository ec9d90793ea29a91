/** The jSerialComm transport: a reader and a writer thread per open port. Not API. */
package com.switchdesk.pbx.serial.internal.transport;
