package taskboard.capstone.commands;

import io.javalin.plugin.Plugin;
import taskboard.app.Services;
import taskboard.capstone.rest.CapstoneRestPlugin;
import taskboard.websocket.MessageHandlers;
import taskboard.websocket.auth.Auth;

/**
 * C4: adds the task commands to the WebSocket's message types (L10's dispatcher), the way L15 adds
 * typing: no change to the socket code, only new types. They need a signed-in socket, like join.
 */
public final class TaskCommandsPlugin extends Plugin<Void> {

    public TaskCommandsPlugin(Services services) {
        TaskCommands commands = new TaskCommands(services, CapstoneRestPlugin.offlineSafeTasks(services),
                Auth.of(services).access());
        services.component(MessageHandlers.class, MessageHandlers::new)
                .on("create_task", "capstone-ws-command", commands::create)
                .on("update_task", "capstone-ws-command", commands::update)
                .on("move_task", "capstone-ws-command", commands::move)
                .on("delete_task", "capstone-ws-command", commands::delete);
    }
}
