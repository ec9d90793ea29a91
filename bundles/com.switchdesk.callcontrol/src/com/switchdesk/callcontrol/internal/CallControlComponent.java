package com.switchdesk.callcontrol.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import com.switchdesk.callcontrol.CallerDirectory;
import com.switchdesk.callcontrol.ConsoleNotice;
import com.switchdesk.callcontrol.ConsoleState;
import com.switchdesk.callcontrol.ConsoleTopics;
import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.pbx.ConnectorSettings;
import com.switchdesk.pbx.PbxConnectorFactory;
import com.switchdesk.profile.ProfileService;

/**
 * Runs call control in the product: one call-control thread, one lookup thread, and the three
 * services {@link PbxConnection}, {@link ExtensionBoard} and {@link OperatorConsole}. Console state
 * and notices are also posted on the event admin ({@link ConsoleTopics}) for the views.
 */
@Component(immediate = true)
public final class CallControlComponent {

	private final ExecutorService controlThread = Executors.newSingleThreadExecutor(r -> daemon(r, "call-control"));
	private final ExecutorService lookups = Executors.newSingleThreadExecutor(r -> daemon(r, "caller-lookup"));
	private final CallControl control;
	private List<ServiceRegistration<?>> registrations = List.of();
	private volatile EventAdmin events;

	/** The customer profile decides the PBX connection until an administrator changes it. */
	@Activate
	public CallControlComponent(@Reference(cardinality = ReferenceCardinality.OPTIONAL) ProfileService profile) {
		ConnectorSettings defaults = profile == null ? ConnectorSettings.simulator()
				: new ConnectorSettings(profile.active().connection().connector(), profile.active().connection().values());
		control = new CallControl(controlThread, lookups, Clock.systemDefaultZone(), new PreferenceSettingsStore(defaults));
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addFactory(PbxConnectorFactory factory) {
		control.addFactory(factory);
	}

	void removeFactory(PbxConnectorFactory factory) {
		control.removeFactory(factory);
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	void setDirectory(CallerDirectory directory) {
		control.setDirectory(directory);
	}

	void unsetDirectory(CallerDirectory directory) {
		control.setDirectory(null);
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	void setEvents(EventAdmin admin) {
		events = admin;
	}

	void unsetEvents(EventAdmin admin) {
		events = null;
	}

	@Activate
	void activate(BundleContext context) {
		control.console().addListener(new OperatorConsole.Listener() {
			@Override
			public void stateChanged(ConsoleState state) {
				post(ConsoleTopics.STATE, state);
			}

			@Override
			public void notice(ConsoleNotice notice) {
				post(ConsoleTopics.NOTICE, notice);
			}
		});
		registrations = List.of(context.registerService(PbxConnection.class, control.connection(), null),
				context.registerService(ExtensionBoard.class, control.board(), null),
				context.registerService(OperatorConsole.class, control.console(), null));
	}

	private void post(String topic, Object payload) {
		EventAdmin admin = events;
		if (admin != null) {
			// postEvent, never sendEvent: delivery to @UIEventTopic runs on the display thread
			admin.postEvent(new Event(topic, Map.of(ConsoleTopics.DATA, payload)));
		}
	}

	@Deactivate
	void deactivate() {
		registrations.forEach(ServiceRegistration::unregister);
		control.close();
		controlThread.shutdownNow();
		lookups.shutdownNow();
	}

	private static Thread daemon(Runnable r, String name) {
		Thread t = new Thread(r, name);
		t.setDaemon(true);
		return t;
	}
}
