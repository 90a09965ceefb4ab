package org.meridian.app.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class MeridianUserDetailsService implements UserDetailsService {

    private final Users users;

    MeridianUserDetailsService(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.byUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return details(account);
    }

    MeridianUserDetails byId(long id) {
        return details(users.byId(id).orElseThrow(() -> new UsernameNotFoundException("unknown user")));
    }

    private MeridianUserDetails details(UserAccount account) {
        return new MeridianUserDetails(account.asCurrentUser(), users.passwordHash(account.id()).orElseThrow(),
                account.enabled());
    }
}
