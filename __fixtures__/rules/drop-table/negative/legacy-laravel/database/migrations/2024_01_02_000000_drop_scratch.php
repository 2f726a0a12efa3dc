<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        // Nothing before created import_scratch; Schema::dropIfExists('accounts') here is only a comment.
        Schema::dropIfExists('import_scratch');
    }

    public function down(): void
    {
        Schema::dropIfExists('accounts');
    }
};
