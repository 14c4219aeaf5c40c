"""Local tooling: turn typed or spoken text into the exact requests Alexa would send to the skill."""
