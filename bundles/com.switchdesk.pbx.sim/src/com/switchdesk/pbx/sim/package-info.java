/**
 * The embedded PBX simulator: a complete exchange in-process, the default PBX of every new
 * installation, demo and test.
 * <p>
 * {@link com.switchdesk.pbx.sim.SimulatedPbx} is the exchange. The console reaches it through
 * {@link com.switchdesk.pbx.sim.SimulatedPbx#connect()}, a {@link com.switchdesk.pbx.PbxConnector}
 * like any other (registered for the type {@code sim}). The same object offers the scenario
 * controls a demo or a test needs: what the people at the phones do (lift a handset, dial,
 * answer, hang up, call in from outside) and generated traffic.
 *
 * <h2>Threading and time</h2>
 * All exchange state lives on the {@link com.switchdesk.pbx.Scheduler} given to the constructor:
 * commands, scenario actions, timers (ring time-outs, wake-up calls) and event delivery run as its
 * tasks, one at a time. Scenario methods may be called from any thread; they wait for their task.
 * With a {@code ManualScheduler} everything runs on the caller's thread and time moves only when the
 * test advances it.
 */
package com.switchdesk.pbx.sim;
