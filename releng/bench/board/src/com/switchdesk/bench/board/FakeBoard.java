package com.switchdesk.bench.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicIntegerArray;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.Extension;

/**
 * An {@link ExtensionBoard} held in memory whose changes are made by the benchmark's event thread
 * (standing in for the call-control thread); counts are kept as the real board keeps them, per change.
 */
final class FakeBoard implements ExtensionBoard {

	private static final int IDLE = 0;
	private static final int TALKING = 1;
	private static final int RINGING = 2;
	private static final int OUT = 3;

	private final List<String> numbers;
	private final Map<String, Extension> byNumber = new ConcurrentHashMap<>();
	private final AtomicIntegerArray counts = new AtomicIntegerArray(4);
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	FakeBoard(List<Extension> extensions) {
		numbers = new ArrayList<>();
		for (Extension e : extensions) {
			numbers.add(e.number());
			byNumber.put(e.number(), e);
			counts.incrementAndGet(kind(e.state()));
		}
	}

	@Override
	public List<Extension> extensions() {
		List<Extension> list = new ArrayList<>(numbers.size());
		for (String n : numbers) {
			list.add(byNumber.get(n));
		}
		return list;
	}

	@Override
	public Optional<Extension> extension(String number) {
		return Optional.ofNullable(byNumber.get(number));
	}

	@Override
	public BoardCounts counts() {
		return new BoardCounts(counts.get(IDLE), counts.get(TALKING), counts.get(RINGING), counts.get(OUT));
	}

	@Override
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/** Applies a change (on the caller's thread, the "call-control thread"), without telling anyone yet. */
	void apply(String number, DeviceState state) {
		Extension old = byNumber.get(number);
		byNumber.put(number, old.withState(state));
		counts.decrementAndGet(kind(old.state()));
		counts.incrementAndGet(kind(state));
	}

	void fireChanged(String number) {
		Set<String> changed = Set.of(number);
		for (Listener listener : listeners) {
			listener.changed(changed);
		}
	}

	private static int kind(DeviceState state) {
		return switch (state) {
		case IDLE -> IDLE;
		case RINGING -> RINGING;
		case DND, OUT_OF_SERVICE -> OUT;
		default -> TALKING;
		};
	}
}
