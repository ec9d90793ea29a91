package com.switchdesk.pbx.serial.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.switchdesk.pbx.event.CallChanged;
import com.switchdesk.pbx.event.CallCleared;
import com.switchdesk.pbx.event.ConnectionEvent;
import com.switchdesk.pbx.event.ExtensionChanged;
import com.switchdesk.pbx.event.GroupChanged;
import com.switchdesk.pbx.event.NightServiceChanged;
import com.switchdesk.pbx.event.OperatorChanged;
import com.switchdesk.pbx.event.PbxEvent;
import com.switchdesk.pbx.event.SnapshotEvent;
import com.switchdesk.pbx.model.Call;
import com.switchdesk.pbx.model.Extension;
import com.switchdesk.pbx.model.OperatorGroup;
import com.switchdesk.pbx.model.OperatorPosition;
import com.switchdesk.pbx.model.PbxInfo;
import com.switchdesk.pbx.model.PbxSnapshot;

/**
 * The PBX's live state rebuilt from the events delivered: a snapshot followed by changes. Lets a
 * listener that joins later start from a snapshot too. Not thread-safe: use on the event thread.
 */
public final class SnapshotMirror {

	private final Map<String, Extension> extensions = new LinkedHashMap<>();
	private final Map<String, Call> calls = new LinkedHashMap<>();
	private final Map<String, OperatorPosition> operators = new LinkedHashMap<>();
	private final Map<Integer, OperatorGroup> groups = new LinkedHashMap<>();
	private PbxInfo info;
	private boolean night;
	private long sequence;

	/** Applies one event; events before the first snapshot only move the sequence number. */
	public void apply(PbxEvent event) {
		switch (event) {
		case ConnectionEvent e -> {
			return; // the connector's own news; not part of the PBX's state or sequence
		}
		case SnapshotEvent e -> reset(e.snapshot());
		case ExtensionChanged e -> extensions.put(e.extension().number(), e.extension());
		case CallChanged e -> calls.put(e.call().id(), e.call());
		case CallCleared e -> calls.remove(e.callId());
		case OperatorChanged e -> operators.put(e.operator().number(), e.operator());
		case NightServiceChanged e -> night = e.night();
		case GroupChanged e -> groups.put(e.group().index(), e.group());
		default -> {
			// services and wake-ups are not part of the snapshot
		}
		}
		sequence = event.sequence();
	}

	/** The state now, once a snapshot has been applied. */
	public Optional<PbxSnapshot> current() {
		if (info == null) {
			return Optional.empty();
		}
		return Optional.of(new PbxSnapshot(sequence, info, night, new ArrayList<>(extensions.values()),
				new ArrayList<>(calls.values()), new ArrayList<>(operators.values()), new ArrayList<>(groups.values())));
	}

	public long sequence() {
		return sequence;
	}

	private void reset(PbxSnapshot s) {
		info = s.info();
		night = s.nightService();
		extensions.clear();
		calls.clear();
		operators.clear();
		groups.clear();
		s.extensions().forEach(x -> extensions.put(x.number(), x));
		s.calls().forEach(c -> calls.put(c.id(), c));
		s.operators().forEach(o -> operators.put(o.number(), o));
		s.groups().forEach(g -> groups.put(g.index(), g));
	}
}
