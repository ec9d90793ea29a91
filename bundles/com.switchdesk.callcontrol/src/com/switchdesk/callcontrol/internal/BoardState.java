package com.switchdesk.callcontrol.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.pbx.model.Extension;
import com.switchdesk.pbx.model.PbxSnapshot;

/**
 * The board's data: applied on the call-control thread, read from any thread. Extensions are
 * immutable records in a concurrent map, so a reader never sees a half-applied change.
 */
final class BoardState implements ExtensionBoard {

	private static final Logger LOG = Logger.getLogger(BoardState.class.getName());

	/** Numbers in board order: numeric when both are digits, else text. */
	static final Comparator<String> BY_NUMBER = (a, b) -> {
		boolean da = a.chars().allMatch(Character::isDigit), db = b.chars().allMatch(Character::isDigit);
		if (da && db && a.length() != b.length()) {
			return Integer.compare(a.length(), b.length());
		}
		return a.compareTo(b);
	};

	private final Map<String, Extension> extensions = new ConcurrentHashMap<>();
	private volatile List<String> order = List.of();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	void reset(PbxSnapshot snapshot) {
		extensions.clear();
		snapshot.extensions().forEach(e -> extensions.put(e.number(), e));
		order = extensions.keySet().stream().sorted(BY_NUMBER).toList();
		listeners.forEach(l -> notify(l, Listener::reset));
	}

	void changed(Extension extension) {
		boolean added = extensions.put(extension.number(), extension) == null;
		if (added) {
			order = extensions.keySet().stream().sorted(BY_NUMBER).toList();
		}
		Set<String> numbers = Set.of(extension.number());
		listeners.forEach(l -> notify(l, x -> x.changed(numbers)));
	}

	private static void notify(Listener listener, java.util.function.Consumer<Listener> call) {
		try {
			call.accept(listener);
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "A board listener failed", e);
		}
	}

	@Override
	public List<Extension> extensions() {
		return order.stream().map(extensions::get).filter(e -> e != null).toList();
	}

	@Override
	public Optional<Extension> extension(String number) {
		return Optional.ofNullable(extensions.get(number));
	}

	/** The user name of an extension, "" when none or unknown. */
	String nameOf(String number) {
		Extension e = extensions.get(number);
		return e == null ? "" : e.userName();
	}

	@Override
	public BoardCounts counts() {
		int idle = 0, talking = 0, ringing = 0, out = 0;
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
}
