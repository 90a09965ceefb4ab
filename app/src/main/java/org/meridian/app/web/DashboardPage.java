package org.meridian.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page of the signed-in user's institution. For now the frame only (title, institution, an empty
 * card area); the figures of agreements, mobility and engagements fill it once those records exist.
 */
@Controller
class DashboardPage {

    @GetMapping("/")
    String dashboard() {
        return "dashboard";
    }
}
