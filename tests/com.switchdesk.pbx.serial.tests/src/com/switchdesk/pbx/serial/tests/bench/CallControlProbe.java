package com.switchdesk.pbx.serial.tests.bench;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import com.switchdesk.pbx.ConnectorSettings;
import com.switchdesk.pbx.PbxConnector;
import com.switchdesk.pbx.PbxConnectorFactory;

/**
 * Call control ({@code com.switchdesk.callcontrol.internal.CallControl}, as the console runs it) on
 * top of a given connector, with a listener on its busy-lamp board. Reached by reflection, like
 * {@link Simulator}, so that the serial test fragment does not import call control.
 */
final class CallControlProbe implements AutoCloseable {

	private static final String CC = "com.switchdesk.callcontrol.";

	private final ExecutorService controlThread = Executors.newSingleThreadExecutor(r -> daemon(r, "call-control"));
	private final ExecutorService lookups = Executors.newSingleThreadExecutor(r -> daemon(r, "caller-lookup"));
	private final Object control;

	/**
	 * Starts call control with {@code connector} as its only connector type; {@code changed} hears the
	 * numbers of each board change, {@code reset} each replacement of the whole board (a snapshot).
	 */
	CallControlProbe(PbxConnector connector, Consumer<Set<String>> changed, Runnable reset) throws Exception {
		Class<?> store = Class.forName(CC + "internal.SettingsStore");
		Object settings = store.getMethod("inMemory", ConnectorSettings.class).invoke(null,
				new ConnectorSettings("bench", Map.of()));
		Class<?> type = Class.forName(CC + "internal.CallControl");
		control = type.getConstructor(Executor.class, Executor.class, Clock.class, store).newInstance(controlThread,
				lookups, Clock.systemUTC(), settings);
		Class<?> boardType = Class.forName(CC + "ExtensionBoard");
		Class<?> listenerType = Class.forName(CC + "ExtensionBoard$Listener");
		Object listener = Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { listenerType },
				(proxy, method, args) -> switch (method.getName()) {
				case "changed" -> {
					@SuppressWarnings("unchecked")
					Set<String> numbers = (Set<String>) args[0];
					changed.accept(numbers);
					yield null;
				}
				case "reset" -> {
					reset.run();
					yield null;
				}
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				default -> "board probe";
				});
		Object board = type.getMethod("board").invoke(control);
		boardType.getMethod("addListener", listenerType).invoke(board, listener);
		PbxConnectorFactory factory = new PbxConnectorFactory() {
			@Override
			public String type() {
				return "bench";
			}

			@Override
			public String displayName() {
				return "serial link under test";
			}

			@Override
			public PbxConnector create(ConnectorSettings s) {
				return connector;
			}
		};
		Method addFactory = type.getMethod("addFactory", PbxConnectorFactory.class);
		addFactory.invoke(control, factory); // connects: adds its listener to the connector and starts it
	}

	/** Closes call control and with it the connector; {@link #close()} afterwards stops the threads. */
	void disconnect() throws Exception {
		control.getClass().getMethod("close").invoke(control);
	}

	@Override
	public void close() {
		controlThread.shutdownNow();
		lookups.shutdownNow();
	}

	private static Thread daemon(Runnable r, String name) {
		Thread t = new Thread(r, name);
		t.setDaemon(true);
		return t;
	}
}
