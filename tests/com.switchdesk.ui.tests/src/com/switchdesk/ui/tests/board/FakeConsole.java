package com.switchdesk.ui.tests.board;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.switchdesk.callcontrol.ConsoleState;
import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.callcontrol.PendingAction;
import com.switchdesk.pbx.ConnectionStatus;

/**
 * An operator console that records every call made on it ("tileClicked 8012", "pickup 8002") and
 * answers each action at once. A proxy, so it keeps compiling while the console's API grows.
 */
public final class FakeConsole {

	private final List<String> calls = new CopyOnWriteArrayList<>();
	private final List<OperatorConsole.Listener> listeners = new CopyOnWriteArrayList<>();
	private volatile ConsoleState state = state(PendingAction.NONE);
	private final OperatorConsole proxy = (OperatorConsole) Proxy.newProxyInstance(
			OperatorConsole.class.getClassLoader(), new Class<?>[] { OperatorConsole.class }, (p, m, args) -> invoke(m, args));

	public OperatorConsole console() {
		return proxy;
	}

	public List<String> calls() {
		return List.copyOf(calls);
	}

	public void clearCalls() {
		calls.clear();
	}

	/** Sets the pending key and tells listeners from another thread, as call control does. */
	public void setPending(PendingAction pending) {
		state = state(pending);
		ConsoleState now = state;
		Thread t = new Thread(() -> listeners.forEach(l -> l.stateChanged(now)), "fake-call-control");
		t.start();
	}

	private Object invoke(Method method, Object[] args) {
		switch (method.getName()) {
		case "state":
			return state;
		case "addListener":
			listeners.add((OperatorConsole.Listener) args[0]);
			return null;
		case "removeListener":
			listeners.remove(args[0]);
			return null;
		case "hashCode":
			return System.identityHashCode(this);
		case "equals":
			return args[0] == proxy;
		case "toString":
			return "FakeConsole";
		default:
			String arguments = args == null ? ""
					: " " + java.util.Arrays.stream(args).map(a -> a instanceof Optional<?> o ? o.map(String::valueOf).orElse("-")
							: String.valueOf(a)).collect(Collectors.joining(" "));
			calls.add(method.getName() + arguments);
			return CompletionStage.class.isAssignableFrom(method.getReturnType()) ? CompletableFuture.completedFuture(null)
					: null;
		}
	}

	private static ConsoleState state(PendingAction pending) {
		return new ConsoleState(ConnectionStatus.online("fake PBX"), "8000", OperatorMode.IDLE, true, true, false,
				Optional.empty(), Optional.empty(), Optional.empty(), List.of(), pending);
	}
}
