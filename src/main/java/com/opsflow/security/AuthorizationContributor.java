package com.opsflow.security;

import java.util.List;

/**
 * What a feature's groups may do around its tasks (starting its processes, following their instances), declared
 * by the feature as a Spring bean; {@link AccessSetup} collects every contributor at startup (issue 11: security
 * imports no feature). Tasks themselves reach their candidate groups through the engine's identity links.
 */
public interface AuthorizationContributor {

  List<Grant> grants();
}
