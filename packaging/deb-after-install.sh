#!/bin/sh
# After installing the Dawr shell .deb: nothing to start (the shell starts at the kiosk user's login,
# registered by the app itself). Remind the installer about serial access.
echo "Dawr: add the kiosk's user to the 'dialout' group for serial printers and devices (usermod -aG dialout <user>)."
