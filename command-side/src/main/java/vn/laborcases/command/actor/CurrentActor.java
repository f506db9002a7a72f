package vn.laborcases.command.actor;

/**
 * The actor of the request being handled. The envelope takes the actor from here and never
 * from the request body; authentication provides the real implementation.
 */
public interface CurrentActor {

    Actor get();
}
