package com.switchdesk.pbx.sim.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongFunction;

import com.switchdesk.pbx.event.PbxEvent;

/** Numbers the exchange's events and hands them to every connected connector, on the PBX thread. */
public final class EventBus {

	/** A receiver of the exchange's events. */
	public interface Subscriber {
		void deliver(PbxEvent event);
	}

	private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
	private long sequence;

	public void subscribe(Subscriber subscriber) {
		subscribers.add(subscriber);
	}

	public void unsubscribe(Subscriber subscriber) {
		subscribers.remove(subscriber);
	}

	/** Creates the next event with the next sequence number and delivers it. */
	void publish(LongFunction<PbxEvent> event) {
		PbxEvent e = event.apply(++sequence);
		for (Subscriber s : subscribers) {
			s.deliver(e);
		}
	}

	public long sequence() {
		return sequence;
	}
}
