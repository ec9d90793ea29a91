package com.switchdesk.ui.tests.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.Extension;

/**
 * An extension board in memory whose changes are made on its own "call-control" thread, as the real
 * board's are, so the view under test must hand them to the display thread itself.
 */
public final class FakeExtensionBoard implements ExtensionBoard {

	private final Map<String, Extension> extensions = new ConcurrentHashMap<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final ExecutorService callControl = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "fake-call-control");
		t.setDaemon(true);
		return t;
	});

	FakeExtensionBoard(Collection<Extension> initial) {
		initial.forEach(e -> extensions.put(e.number(), e));
	}

	@Override
	public List<Extension> extensions() {
		List<Extension> list = new ArrayList<>(extensions.values());
		list.sort(Comparator.comparing((Extension e) -> e.number().length()).thenComparing(Extension::number));
		return list;
	}

	@Override
	public Optional<Extension> extension(String number) {
		return Optional.ofNullable(extensions.get(number));
	}

	@Override
	public BoardCounts counts() {
		int idle = 0;
		int talking = 0;
		int ringing = 0;
		int out = 0;
		for (Extension e : extensions.values()) {
			switch (e.state()) {
			case IDLE -> idle++;
			case RINGING -> ringing++;
			case DND, OUT_OF_SERVICE -> out++;
			default -> talking++;
			}
		}
		return new BoardCounts(idle, talking, ringing, out);
	}

	@Override
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	public int listenerCount() {
		return listeners.size();
	}

	/** Changes extensions on the call-control thread and tells the listeners, in one call. */
	public Future<?> change(Extension... changed) {
		return callControl.submit(() -> {
			for (Extension e : changed) {
				extensions.put(e.number(), e);
			}
			Set<String> numbers = Set.of(java.util.Arrays.stream(changed).map(Extension::number).toArray(String[]::new));
			listeners.forEach(l -> l.changed(numbers));
		});
	}

	public Future<?> setState(String number, DeviceState state) {
		return change(extensions.get(number).withState(state));
	}

	/** Fires {@code count} changes as fast as the thread can, one listener call each. */
	public Future<?> burst(List<String> numbers, int count) {
		return callControl.submit(() -> {
			DeviceState[] states = DeviceState.values();
			for (int i = 0; i < count; i++) {
				String number = numbers.get(i % numbers.size());
				extensions.put(number, extensions.get(number).withState(states[i % states.length]));
				Set<String> one = Set.of(number);
				listeners.forEach(l -> l.changed(one));
			}
		});
	}

	void shutdown() {
		callControl.shutdownNow();
	}
}
