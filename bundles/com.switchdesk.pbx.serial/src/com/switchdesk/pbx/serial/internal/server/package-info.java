/** The PBX side's session logic behind {@link com.switchdesk.pbx.serial.server.PbxEndpoint}. Not API. */
package com.switchdesk.pbx.serial.internal.server;
