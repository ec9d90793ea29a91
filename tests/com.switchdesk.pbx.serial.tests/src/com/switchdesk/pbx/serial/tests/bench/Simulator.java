package com.switchdesk.pbx.serial.tests.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.Scheduler;
import com.switchdesk.pbx.model.PbxSnapshot;

/**
 * The embedded simulator ({@code com.switchdesk.pbx.sim.SimulatedPbx} with
 * {@code DemoConfigs.large(n)}), reached by reflection: the benchmark runs on a plain class path that
 * holds the simulator's jar, but the test fragment does not import the simulator, so that its test
 * runtime stays as it is.
 */
final class Simulator {

	private static final String SIM = "com.switchdesk.pbx.sim.";

	private final Object pbx;
	private final Object pbxThread;

	/** A simulated PBX with the operator 8000 and {@code extensions} extensions from 100000 on. */
	Simulator(int extensions, Scheduler scheduler) {
		try {
			Class<?> configType = Class.forName(SIM + "SimConfig");
			Object config = Class.forName(SIM + "DemoConfigs").getMethod("large", int.class).invoke(null, extensions);
			Constructor<?> c = Class.forName(SIM + "SimulatedPbx").getConstructor(configType, Scheduler.class);
			pbx = c.newInstance(config, scheduler);
			pbxThread = call(pbx, "thread");
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("The simulator's jar is not on the class path: " + e, e);
		}
	}

	/** A new in-process connector (unstarted). */
	PbxConnector connect() {
		return (PbxConnector) call(pbx, "connect");
	}

	/** Runs {@code work} on the PBX thread and waits; scenario calls inside it run directly. */
	void onPbxThread(Runnable work) {
		call(pbxThread, "run", work);
	}

	String dial(String from, String to) {
		return (String) call(pbx, "dial", from, to);
	}

	String callFromOutside(String caller, String dialed) {
		return (String) call(pbx, "callFromOutside", caller, dialed);
	}

	void answer(String number) {
		call(pbx, "answer", number);
	}

	void hangUp(String number) {
		call(pbx, "hangUp", number);
	}

	void generateTraffic(double callsPerMinute) {
		call(pbx, "generateTraffic", callsPerMinute);
	}

	PbxSnapshot snapshot() {
		return (PbxSnapshot) call(pbx, "snapshot");
	}

	/** Calls a public method by name and number of arguments; rethrows what it throws. */
	private static Object call(Object target, String name, Object... args) {
		Method method = Arrays.stream(target.getClass().getMethods())
				.filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length).findFirst()
				.orElseThrow(() -> new IllegalStateException("No method " + name + " on " + target.getClass()));
		try {
			return method.invoke(target, args);
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			throw new IllegalStateException(e.getCause());
		} catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}
}
