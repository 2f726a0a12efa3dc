SELECT my_cleanup();
