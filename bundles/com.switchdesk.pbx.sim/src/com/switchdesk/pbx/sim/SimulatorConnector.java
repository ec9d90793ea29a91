package com.switchdesk.pbx.sim;

import com.switchdesk.pbx.PbxConnector;

/**
 * The connector the {@code sim} factory creates: a connector like any other, plus the simulated
 * exchange behind it for demo controls (ringing the operator from outside, a PBX restart...).
 */
public interface SimulatorConnector extends PbxConnector {

	SimulatedPbx simulator();
}
